namespace KnowledgeGraph.Language.Diagnostics;

public static partial class Descriptors
{
    /// <summary>The wordings of KG0024: input that is too large, too deep, or not a file that can be read.</summary>
    public static class Limits
    {
        public static readonly KgDiagnosticDescriptor FileTooLarge = LimitExceeded;

        public static readonly KgDiagnosticDescriptor TooManyNodes = LimitExceeded.Worded(
            "The file has more than {0} YAML nodes");

        public static readonly KgDiagnosticDescriptor TooDeep = LimitExceeded.Worded(
            "The file nests deeper than {0} levels");

        public static readonly KgDiagnosticDescriptor NamespaceTooLarge = LimitExceeded.Worded(
            "Namespace '{0}' declares more than {1} {2}: the generated class {3} would hold more members than a .NET type can (65,535 methods). Declare the rest in another namespace, or load them at run time with GraphLoader");

        public static readonly KgDiagnosticDescriptor TableTooLarge = LimitExceeded.Worded(
            "The data of this file is too large to compile into an assembly: its table of {0} characters takes more than {1} once compressed. Split it into smaller files, or load it at run time with GraphLoader");

        public static readonly KgDiagnosticDescriptor Folder = LimitExceeded.Worded(
            "'{0}' is a folder, not a data file; pass the data files in it, for instance Directory.GetFiles(folder, \"{1}\")");

        public static readonly KgDiagnosticDescriptor DataFileUnread = LimitExceeded.Worded(
            "The data file {0}; it was not read");

        /// <summary>{0}: the document as KG0020 names it ("The file 'a.txt' of document 'a'"); {1}: what is wrong with it.</summary>
        public static readonly KgDiagnosticDescriptor DocumentUnread = LimitExceeded.Worded(
            "{0} {1}; it was not read");

        public static readonly KgDiagnosticDescriptor DataFileCutShort = LimitExceeded.Worded(
            "The data file {0}; it was not loaded");

        public static readonly KgDiagnosticDescriptor ReadFailed = LimitExceeded.Worded(
            "The data file could not be read to its end ({0}); it was not loaded");

        public static readonly KgDiagnosticDescriptor TooManyTriples = LimitExceeded.Worded(
            "The file holds more than {0} triples (LoaderOptions.MaxNodes); it was not loaded");

        public static readonly KgDiagnosticDescriptor IriExpansion = LimitExceeded.Worded(
            "The file's prefixes and base expand to more than {0} characters of IRIs (four times LoaderOptions.MaxFileBytes); it was not loaded");
    }
}
