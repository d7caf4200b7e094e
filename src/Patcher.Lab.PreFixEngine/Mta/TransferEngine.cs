extern alias FixedEngine;

using System.Reflection;
using FixedEngine::Patcher.X411.Decoding;
using FixedEngine::Patcher.X411.Rejection;
using Fixed = FixedEngine::Patcher.X411.Mta.TransferEngine;

namespace Patcher.X411.Mta;

/// <summary>
/// A lab fixture, never shipped: the MTA's decoding engine as Exchange 5.5 SP3 had it, before KB Q248732. It has the
/// same type name and <see cref="Transfer"/> signature as the fixed engine, so a lab MTA that loads it from its
/// installation (<c>X400OM.DLL</c> stamped 5.5.2650.24) reproduces the defect, and replacing the file fixes it.
/// </summary>
/// <remarks>
/// Everything but the poison message is handled by the fixed engine (the default load context's <c>Patcher.X411</c>),
/// as SP3 handled it. The poison message (a trace arrival time of zero length, fault <see cref="P1Fault.EmptyTime"/>)
/// is where SP3 overwrote its own context: see <see cref="PoisonedContext"/>. This fixture IS the defect: it hangs and
/// kills its host on purpose.
/// </remarks>
public static class TransferEngine
{
    /// <summary>The fixture's name and file version, and what it reproduces.</summary>
    public static string EngineDescription { get; } =
        $"Exchange 5.5 SP3 X.400 engine fixture {typeof(TransferEngine).Assembly.GetCustomAttribute<AssemblyFileVersionAttribute>()?.Version ?? "unknown"} (pre-Q248732: hangs on a zero-length arrival time)";

    /// <summary>
    /// As the fixed engine, except on the KB Q248732 poison message: the first time (<paramref name="recovering"/> false)
    /// the call never returns and nothing is logged; when the MTA retries it after a restart (<paramref name="recovering"/>
    /// true) the process terminates abnormally, which the service control manager reports as error 1067.
    /// </summary>
    /// <param name="apdu">The MTS-APDU as it arrived.</param>
    /// <param name="mtaName">This MTA's name.</param>
    /// <param name="reportingDomain">This MTA's domain, e.g. <c>c=US;a= ;p=Contoso</c>.</param>
    /// <param name="now">The time of the transfer.</param>
    /// <param name="recovering">Whether the MTA is retrying the message it was processing when it last stopped abnormally.</param>
    /// <returns>What the fixed engine returns, for every APDU but the poison message.</returns>
    public static (int Verdict, byte[] Output, string Detail) Transfer(byte[] apdu, string mtaName, string reportingDomain, DateTimeOffset now, bool recovering)
    {
        ArgumentNullException.ThrowIfNull(apdu);
        if (P1Decoder.Validate(apdu).Rejection is { Fault: P1Fault.EmptyTime } rejection)
        {
            if (recovering)
            {
                PoisonedContext.Terminate(rejection);
            }

            PoisonedContext.Hang();
        }

        return Fixed.Transfer(apdu, mtaName, reportingDomain, now, recovering);
    }
}
