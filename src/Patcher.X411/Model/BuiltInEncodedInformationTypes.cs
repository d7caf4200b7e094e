namespace Patcher.X411.Model;

/// <summary>X.411 <c>BuiltInEncodedInformationTypes ::= BIT STRING</c>; flag value <c>1 &lt;&lt; n</c> is named bit n.</summary>
[Flags]
public enum BuiltInEncodedInformationTypes
{
    /// <summary>No type.</summary>
    None = 0,

    /// <summary>unknown(0).</summary>
    Unknown = 1 << 0,

    /// <summary>telex(1).</summary>
    Telex = 1 << 1,

    /// <summary>ia5-text(2).</summary>
    Ia5Text = 1 << 2,

    /// <summary>g3-facsimile(3).</summary>
    G3Facsimile = 1 << 3,

    /// <summary>g4-class-1(4).</summary>
    G4Class1 = 1 << 4,

    /// <summary>teletex(5).</summary>
    Teletex = 1 << 5,

    /// <summary>videotex(6).</summary>
    Videotex = 1 << 6,

    /// <summary>voice(7).</summary>
    Voice = 1 << 7,

    /// <summary>sfd(8).</summary>
    Sfd = 1 << 8,

    /// <summary>mixed-mode(9).</summary>
    MixedMode = 1 << 9,
}
