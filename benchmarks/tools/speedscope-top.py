#!/usr/bin/env python3
"""Where a traced .NET process spent its time: the busiest thread of a speedscope file written by
`dotnet-trace collect --format speedscope`, as inclusive and self time per method (docs/benchmarks.md, "Profiling").

    speedscope-top.py TRACE.speedscope.json [--top N] [--callers TEXT]

--callers TEXT: for each stack holding a method whose name contains TEXT, the three methods that called it.
"""
import argparse
import collections
import json

PSEUDO = {"CPU_TIME", "UNMANAGED_CODE_TIME"}


def walk(profile, frames):
    """Yields (stack of frame indexes, milliseconds) for each interval between the profile's open and close events."""
    stack, last = [], None
    for event in profile["events"]:
        if stack and last is not None:
            yield stack, event["at"] - last
        last = event["at"]
        if event["type"] == "O":
            stack.append(event["frame"])
        else:
            for i in range(len(stack) - 1, -1, -1):
                if stack[i] == event["frame"]:
                    del stack[i]
                    break


def short(name, width=150):
    return name.split("!", 1)[-1][:width]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("trace")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--callers")
    args = parser.parse_args()
    data = json.load(open(args.trace))
    frames = [f["name"] for f in data["shared"]["frames"]]
    profile = max(data["profiles"], key=lambda p: len(p["events"]))
    total = profile["endValue"] - profile["startValue"]
    inclusive, own, callers = collections.Counter(), collections.Counter(), collections.Counter()
    for stack, ms in walk(profile, frames):
        for index in set(stack):
            inclusive[index] += ms
        real = [f for f in stack if frames[f] not in PSEUDO]
        if real:
            own[real[-1]] += ms
        if args.callers:
            hits = [i for i, f in enumerate(stack) if args.callers in frames[f]]
            if hits:
                chain = [short(frames[stack[j]], 70) for j in range(hits[0] - 1, max(-1, hits[0] - 4), -1)]
                callers[" <- ".join(chain)] += ms
    print(f"{profile['name']}: {total:.0f} ms")
    if args.callers:
        for chain, ms in callers.most_common(args.top):
            print(f"{ms / total * 100:5.1f}%  {chain}")
        return
    print("inclusive:")
    for index, ms in inclusive.most_common(args.top):
        print(f"{ms / total * 100:5.1f}%  {short(frames[index])}")
    print("self (the method running, not what it called):")
    for index, ms in own.most_common(args.top):
        print(f"{ms / total * 100:5.1f}%  {short(frames[index])}")


if __name__ == "__main__":
    main()
