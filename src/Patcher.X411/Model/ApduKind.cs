namespace Patcher.X411.Model;

/// <summary>The three MTS-APDUs an MTA transfers (X.411 MTAAbstractService, MTS-APDU).</summary>
public enum ApduKind
{
    /// <summary>The APDU could not be identified (its first tag is not A0, A1 or A2).</summary>
    Unknown = -1,

    /// <summary><c>message [0] Message</c>.</summary>
    Message = 0,

    /// <summary><c>report [1] Report</c>.</summary>
    Report = 1,

    /// <summary><c>probe [2] Probe</c>.</summary>
    Probe = 2,
}
