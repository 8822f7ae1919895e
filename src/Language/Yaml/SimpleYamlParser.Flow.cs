namespace KnowledgeGraph.Language.Yaml;

/// <summary>One-line flow collections and the scalars and collections that stand as a value on a line.</summary>
internal sealed partial class SimpleYamlParser
{
    /// <summary>
    /// A scalar or a one-line flow mapping or list: a value that stands on a block's line, or an item of a flow
    /// collection (<paramref name="flow"/>), where plain scalars end at brackets and commas.
    /// </summary>
    private void ReadValueNode(bool flow)
    {
        switch (Current)
        {
            case '[':
                ReadFlowSequence();
                return;
            case '{':
                ReadFlowMapping();
                return;
            case '\'' or '"':
                var start = Mark();
                var quoted = ReadQuoted();
                GiveScalar(quoted, false, start, Mark());
                return;
        }

        if (!StartsPlain(flow))
        {
            throw new NotSimple();
        }

        var plainStart = Mark();
        var plain = ReadPlain(flow);
        GiveScalar(plain, true, plainStart, Mark());
    }

    private void ReadFlowSequence()
    {
        Enter(out var start);
        _builder?.StartSequence(start);
        _pos++;
        SkipSpaces();
        if (Current != ']')
        {
            while (true)
            {
                ReadValueNode(flow: true);
                SkipSpaces();
                if (Current == ':')
                {
                    throw new NotSimple();
                }

                if (!AfterFlowItem(']'))
                {
                    break;
                }
            }
        }

        _depth--;
        _builder?.EndSequence(Mark());
        _pos++;
    }

    private void ReadFlowMapping()
    {
        Enter(out var start);
        _builder?.StartMapping(start);
        _pos++;
        SkipSpaces();
        if (Current != '}')
        {
            while (true)
            {
                if (Current is '[' or '{')
                {
                    throw new NotSimple();
                }

                ReadValueNode(flow: true);
                if (Current != ':' || _pos + 1 >= _text.Length || _text[_pos + 1] != ' ')
                {
                    throw new NotSimple();
                }

                _pos++;
                SkipSpaces();
                if (Current is ',' or '}')
                {
                    throw new NotSimple();
                }

                ReadValueNode(flow: true);
                SkipSpaces();
                if (!AfterFlowItem('}'))
                {
                    break;
                }
            }
        }

        _depth--;
        _builder?.EndMapping(Mark());
        _pos++;
    }

    /// <summary>After an item of a flow collection: true at a comma followed by another item, false at the closing bracket.</summary>
    private bool AfterFlowItem(char closing)
    {
        if (Current == closing)
        {
            return false;
        }

        if (Current != ',')
        {
            throw new NotSimple();
        }

        _pos++;
        SkipSpaces();
        if (Current == closing || Current == ',')
        {
            throw new NotSimple();
        }

        return true;
    }
}
