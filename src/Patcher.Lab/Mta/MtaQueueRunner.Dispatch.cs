using Patcher.Lab.Files;
using Patcher.Core.Files;

namespace Patcher.Lab.Mta;

/// <summary>What happens to a message once the engine has returned.</summary>
internal sealed partial class MtaQueueRunner
{
    private const int Relayed = 0;          // TransferEngine.Relayed
    private const int Rejected = 1;         // TransferEngine.Rejected
    private const int Unanswerable = 2;     // TransferEngine.RejectedUnanswerable

    /// <summary>
    /// Relayed: the output goes to <c>relayed/</c> (handed to the next MTA) and the queue entry goes. Rejected: the NDR
    /// goes to <c>ndr/</c>, the original to <c>rejected/</c> (nothing is deleted), and event 9411 says why. Outputs are
    /// written before the queue entry is removed, so a crash in between only repeats the message.
    /// </summary>
    private void Dispatch(string name, Task<(int Verdict, byte[] Output, string Detail)> transfer)
    {
        var time = _options.Time.GetUtcNow();
        if (transfer.Exception?.GetBaseException() is { } failure)
        {
            Quarantine(name);
            _events.Write(LabMtaEvents.UnexpectedError(time,
                $"The X.400 engine failed on message {name} ({failure.GetType().Name}: {failure.Message}). The message is kept in {HostPath("rejected", name)}."));
            Say($"engine failed on {name}: {failure.Message}");
            return;
        }

        var (verdict, output, detail) = transfer.Result;
        switch (verdict)
        {
            case Relayed:
                AtomicFile.WriteAllBytes(Path.Combine(Database.RelayedFolder, name), output);
                File.Delete(Path.Combine(Database.QueueFolder, name));
                _relayed++;
                Say($"relayed {name}");
                break;
            case Rejected:
                var report = name + LabMtaDatabase.ReportExtension;
                AtomicFile.WriteAllBytes(Path.Combine(Database.NdrFolder, report), output);
                Quarantine(name);
                _events.Write(LabMtaEvents.Rejected(time, name, detail, HostPath("ndr", report), HostPath("rejected", name)));
                Say($"rejected {name}: {detail}");
                break;
            case Unanswerable:
                Quarantine(name);
                _events.Write(LabMtaEvents.Rejected(time, name, detail, ndrHostPath: null, HostPath("rejected", name)));
                Say($"rejected {name} without a report: {detail}");
                break;
            default:
                Quarantine(name);
                _events.Write(LabMtaEvents.UnexpectedError(time,
                    $"The X.400 engine returned verdict {verdict} for message {name}, which this MTA does not know ({detail}). The message is kept in {HostPath("rejected", name)}."));
                Say($"unknown verdict {verdict} for {name}");
                break;
        }
    }

    private void Quarantine(string name)
    {
        Directory.CreateDirectory(Database.RejectedFolder);
        File.Move(Path.Combine(Database.QueueFolder, name), Path.Combine(Database.RejectedFolder, name), overwrite: true);
        _rejected++;
    }

    private string HostPath(string folder, string name) => $@"{_installation.DatabaseHostPath}\{folder}\{name}";
}
