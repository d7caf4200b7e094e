using System.Globalization;

namespace Patcher.Agent.Cli;

/// <summary>Reads the APDU file a command was given, refusing what no MTA would queue.</summary>
internal static class ApduFile
{
    /// <summary>
    /// 64 MiB: far above any P1 message an Exchange 5.5 MTA accepts, and small enough to read into memory at once.
    /// </summary>
    public const long MaxLength = 64L * 1024 * 1024;

    /// <summary>Reads <paramref name="path"/> whole; on failure <paramref name="problem"/> says why, for the operator.</summary>
    public static bool TryRead(string path, out byte[] bytes, out string problem)
    {
        ArgumentNullException.ThrowIfNull(path);
        bytes = [];
        problem = "";
        if (Directory.Exists(path))
        {
            problem = $"'{path}' is a directory, not an APDU file.";
            return false;
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            if (stream.CanSeek && stream.Length > MaxLength)
            {
                problem = TooLarge(path, stream.Length.ToString(CultureInfo.InvariantCulture));
                return false;
            }

            // Read to the end, never past the cap: a pipe or FIFO (cat m | patcher decode /dev/stdin), a /proc file
            // whose length says 0, or an endless device (/dev/zero) are all read the same way, as a stream.
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > MaxLength)
                {
                    problem = TooLarge(path, $"more than {MaxLength}");
                    return false;
                }

                buffer.Write(chunk, 0, read);
            }

            bytes = buffer.ToArray();
            return true;
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            problem = $"'{path}' does not exist.";
        }
        catch (UnauthorizedAccessException exception)
        {
            problem = $"'{path}' cannot be read: {exception.Message}";
        }
        catch (IOException exception)
        {
            problem = $"'{path}' cannot be read: {exception.Message}";
        }

        return false;
    }

    private static string TooLarge(string path, string size) => string.Create(
        CultureInfo.InvariantCulture,
        $"'{path}' is {size} bytes; patcher refuses files over {MaxLength} bytes (64 MiB): no P1 APDU is that large.");
}
