using System.Globalization;

namespace Patcher.Core.Files;

/// <summary>
/// Reads a FIFO without waiting for ever: opening one for reading blocks until a writer opens it, so the open runs
/// aside and is given up after a stated wait. The abandoned open is then released by opening the FIFO for writing
/// (it meets the waiting reader at once) and closing it, so no thread is left blocked.
/// </summary>
internal static class FifoReader
{
    public static byte[] Read(string path, long cap, TimeSpan writerWait)
    {
        var opening = Task.Run(() => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1));

        // An OS wait, not the agent's schedule: the operator's clock, whatever TimeProvider the command runs on.
        if (!((IAsyncResult)opening).AsyncWaitHandle.WaitOne(writerWait))
        {
            Release(path);
            opening.ContinueWith(t => { if (t.IsCompletedSuccessfully) { t.Result.Dispose(); } }, TaskScheduler.Default);
            throw new FileRefusedException(path, string.Create(CultureInfo.InvariantCulture, $"is a FIFO (named pipe) that no writer opened within {writerWait.TotalSeconds:0} s; nothing was read"), null);
        }

        if (opening.Exception?.GetBaseException() is { } failure)
        {
            throw new FileRefusedException(path, $"cannot be read: {failure.Message}", failure);
        }

        var stream = opening.Result;
        using (stream)
        {
            return BoundedFile.ReadToEnd(stream, path, cap);
        }
    }

    private static void Release(string path)
    {
        try
        {
            using var writer = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 1);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The FIFO went away or may not be written: the waiting open then fails by itself, or stays; nothing more to do.
        }
    }
}
