// Oxigraph's load of an N-Triples file into a new in-memory store, timed in this process (node startup and reading
// the file are not counted), and its dump back to N-Triples text. Prints one JSON line for the benchmark to read.
// node benchmarks/tools/oxigraph-load.mjs FILE [RUNS]
import { readFileSync } from "node:fs";
import oxigraph from "oxigraph";

const [file, runsText = "3"] = process.argv.slice(2);
const text = readFileSync(file, "utf8");
const median = (values) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)];
const loads = [];
const dumps = [];
let triples = 0;
let peakRss = process.memoryUsage().rss;
for (let run = 0; run < Number(runsText); run++) {
  const store = new oxigraph.Store();
  let start = process.hrtime.bigint();
  store.load(text, { format: "application/n-triples" });
  loads.push(Number(process.hrtime.bigint() - start) / 1e6);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  triples = store.size;
  start = process.hrtime.bigint();
  const dumped = store.dump({ format: "application/n-triples", from_graph_name: oxigraph.defaultGraph() });
  dumps.push(Number(process.hrtime.bigint() - start) / 1e6);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  if (dumped.length === 0) throw new Error("empty dump");
}
console.log(JSON.stringify({ loadMs: median(loads), dumpMs: median(dumps), triples, bytes: Buffer.byteLength(text), peakRssMB: peakRss / 1048576 }));
