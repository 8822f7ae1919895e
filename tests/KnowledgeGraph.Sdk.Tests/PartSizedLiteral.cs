namespace KnowledgeGraph.Sdk.Tests;

/// <summary>
/// A string literal as long as one base64 part of a generated table (<c>TableLiteral.Base64PartChars</c>): the compiler
/// folds these constants into one literal of 30,000 characters, as the generator writes them.
/// </summary>
internal static class PartSizedLiteral
{
    private const string Ten = "ABCDEFGHIJ";
    private const string Hundred = Ten + Ten + Ten + Ten + Ten + Ten + Ten + Ten + Ten + Ten;
    private const string Thousand = Hundred + Hundred + Hundred + Hundred + Hundred + Hundred + Hundred + Hundred + Hundred + Hundred;
    private const string TenThousand = Thousand + Thousand + Thousand + Thousand + Thousand + Thousand + Thousand + Thousand + Thousand + Thousand;

    public const string Text = TenThousand + TenThousand + TenThousand;
}
