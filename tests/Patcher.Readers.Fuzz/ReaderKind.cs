namespace Patcher.Readers.Fuzz;

/// <summary>Which reader an input is for: its first byte, modulo the count, so AFL can move an input between readers.</summary>
internal enum ReaderKind
{
    /// <summary>The package manifest (<c>HotfixManifestJson.Parse</c>): refuses with <c>HotfixManifestException</c>.</summary>
    Manifest,

    /// <summary>The apply journal (<c>JournalStore.Parse</c>): refuses with <c>ApplyException</c> AP014.</summary>
    Journal,

    /// <summary>The settings file (<c>AgentSettingsFile.Parse</c>): refuses with a problem line, never an exception.</summary>
    Settings,

    /// <summary>A host report (<c>HostReportJson.Deserialize</c>): refuses with <c>HostReportFormatException</c>.</summary>
    HostReport,
}
