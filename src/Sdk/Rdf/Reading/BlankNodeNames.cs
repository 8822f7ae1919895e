using System.Globalization;

namespace KnowledgeGraph.Rdf;

/// <summary>
/// Names the blank nodes of one Turtle document: those the text labels and those its <c>[]</c> and collections make.
/// Made names start with <c>_g</c>; a label of the text that starts with '_' gets one more '_' in front, so that it
/// can never meet a made name (<c>_g1</c> in the text becomes <c>__g1</c>), while the other labels stay as written.
/// Both kinds are legal N-Triples labels.
/// </summary>
internal sealed class BlankNodeNames
{
    private long _made;

    public string FromLabel(string label) => label[0] == '_' ? "_" + label : label;

    public string Make() => "_g" + (++_made).ToString(CultureInfo.InvariantCulture);
}
