namespace Patcher.Core.Reporting;

/// <summary>Where <see cref="HostReportWriter"/> puts host reports.</summary>
public sealed record HostReportWriterOptions
{
    /// <summary>The local folder (created when missing), e.g. <c>%ProgramData%\Patcher\Reports</c>. Required.</summary>
    public required string LocalFolder { get; init; }

    /// <summary>The report share policy names, e.g. <c>\\FILES01\PatcherReports$</c>; null (the default) for none.</summary>
    public string? ShareFolder { get; init; }

    /// <summary>Throws when an option is unusable, saying which and why.</summary>
    /// <exception cref="ArgumentException">The local folder is empty, or the share is given but blank.</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(LocalFolder))
        {
            throw new ArgumentException("The local report folder is required.", nameof(LocalFolder));
        }

        if (ShareFolder is not null && string.IsNullOrWhiteSpace(ShareFolder))
        {
            throw new ArgumentException("The report share, when given, must name a folder.", nameof(ShareFolder));
        }
    }
}
