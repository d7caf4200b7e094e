namespace Patcher.Lab.Mta;

/// <summary>The engine's <c>Patcher.X411.Mta.TransferEngine.Transfer</c>, bound across load contexts (CoreLib types only).</summary>
internal delegate (int Verdict, byte[] Output, string Detail) TransferFunction(
    byte[] apdu, string mtaName, string reportingDomain, DateTimeOffset now, bool recovering);
