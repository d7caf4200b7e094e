namespace Patcher.Core.Discovery;

/// <summary>The MTA's files that discovery reads versions from (DOMAIN.md; all live in <c>&lt;root&gt;\BIN</c>).</summary>
public static class MtaFiles
{
    /// <summary>The MTA service image.</summary>
    public const string Emsmta = "EMSMTA.EXE";

    /// <summary>The X.400 decoding library; KB Q248732's fix is in it as much as in <see cref="Emsmta"/>.</summary>
    public const string X400om = "X400OM.DLL";

    /// <summary>The MTA message library; an MTA fix package touched it too. Reported only when present.</summary>
    public const string Mtamsg = "MTAMSG.DLL";

    /// <summary>The marker in the MTA database folder that a clean stop leaves; missing means an unclean stop.</summary>
    public const string CleanStopMarker = "DBBITMP.DAT";

    /// <summary>The database folder under the install root when the registry names none.</summary>
    public const string DefaultDatabaseFolder = "MTADATA";
}
