using Patcher.Core.Packages;
using Patcher.Core.Versioning;
using Patcher.Packaging.Verification;

namespace Patcher.Packaging.Building;

/// <summary>
/// Reads the files the Q248732 fix consists of, as the vendor shipped them (the 5.5.2651.69 hotfix or SP4: EMSMTA.EXE and
/// X400OM.DLL), into the production package's content. Layout (<c>packaging/README.md</c>): the two files directly in the
/// folder (one build), or one subfolder per machine, <c>i386\</c> and/or <c>alpha\</c> (Exchange 5.5 shipped for both).
/// Other files and folders are ignored. Each file is judged by its own headers and version resource, never by its name.
/// </summary>
public static class VendorPayload
{
    /// <summary>Payload files larger than this (64 MiB) are refused before they are read.</summary>
    public const long MaxFileSize = PayloadImageCheck.MaxPayloadSize;

    /// <summary>Reads the payload folder <paramref name="directory"/> into the production package's content (<see cref="HotfixPackageBuilder.PackageId"/>).</summary>
    /// <exception cref="HotfixPackageException">The folder or a file in it is refused (PKG032-PKG039; the message names the file and what to do).</exception>
    public static HotfixPackageContent Read(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var folder = Path.GetFullPath(directory);
        if (Core.Files.ExpectedFolder.Problem(folder) is { } problem)
        {
            throw new HotfixPackageException(HotfixPackageErrorCodes.BuildInputMissing, folder, $"the payload folder {problem}. Put the vendor's EMSMTA.EXE and X400OM.DLL in it (or in i386\\ and alpha\\ subfolders).");
        }

        var builds = HasFixFile(folder)
            ? ReadTopLevel(folder)
            : Directory.EnumerateDirectories(folder).Where(HasFixFile).Order(StringComparer.Ordinal).Select(ReadSubfolder).ToArray();
        if (builds.Length == 0)
        {
            throw new HotfixPackageException(
                HotfixPackageErrorCodes.PayloadFixFileMissing,
                folder,
                $"the payload folder holds no {string.Join(" or ", Fix.FixFiles)}, neither directly nor in an i386 or alpha subfolder. Copy the vendor's files of the {Fix.KbArticle} hotfix (5.5.2651.69) or of SP4 into it.");
        }

        var duplicate = builds.GroupBy(b => b[0].Entry.Machine).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new HotfixPackageException(HotfixPackageErrorCodes.PayloadMixedMachines, folder, $"two subfolders hold {duplicate.Key} builds. Keep one build per machine, in a subfolder named i386 or alpha.");
        }

        return new HotfixPackageContent(HotfixPackageBuilder.PackageId, HotfixPackageBuilder.PackageVersion, LabOnly: false, builds.SelectMany(b => b).ToArray());
    }

    private static Core.Assessment.FixBaseline Fix => Q248732Hotfix.Baseline;

    private static bool HasFixFile(string folder) =>
        Directory.EnumerateFiles(folder).Any(f => Fix.FixFiles.Contains(Path.GetFileName(f), StringComparer.OrdinalIgnoreCase));

    private static StagedPayloadFile[][] ReadTopLevel(string folder)
    {
        var machineFolder = Directory.EnumerateDirectories(folder).FirstOrDefault(HasFixFile);
        if (machineFolder is not null)
        {
            throw new HotfixPackageException(
                HotfixPackageErrorCodes.BuildInputMissing,
                machineFolder,
                "the payload folder holds fix files both directly and in this subfolder. Use one layout: the two files directly (one build), or one subfolder per machine (i386, alpha).");
        }

        return [ReadBuild(folder, expected: null)];
    }

    private static StagedPayloadFile[] ReadSubfolder(string subfolder)
    {
        var name = Path.GetFileName(subfolder);
        if (!PeMachine.TryParse(name, out var machine) || !PeMachine.Exchange55.Contains(machine))
        {
            throw new HotfixPackageException(
                HotfixPackageErrorCodes.PayloadUnknownMachine,
                subfolder,
                $"the subfolder '{name}' names no machine an Exchange 5.5 build exists for. Name it i386 (Intel) or alpha (DEC Alpha).");
        }

        return ReadBuild(subfolder, machine);
    }

    /// <summary>One build: every fix file, all for one Exchange 5.5 machine (<paramref name="expected"/> when a subfolder names it).</summary>
    private static StagedPayloadFile[] ReadBuild(string folder, PeMachine? expected)
    {
        var build = Fix.FixFiles.Select(name => ReadFixFile(folder, name)).ToArray();
        foreach (var file in build)
        {
            var machine = file.Entry.Machine;
            var path = Path.Combine(folder, Path.GetFileName(file.Entry.Source));
            if (!PeMachine.Exchange55.Contains(machine))
            {
                throw new HotfixPackageException(
                    HotfixPackageErrorCodes.PayloadUnknownMachine,
                    path,
                    $"the file is built for machine {machine}; Exchange 5.5 exists only for i386 and alpha. Use the vendor's Exchange 5.5 file.");
            }

            if (machine != (expected ?? build[0].Entry.Machine))
            {
                throw new HotfixPackageException(
                    HotfixPackageErrorCodes.PayloadMixedMachines,
                    path,
                    $"the file is a {machine} build, but {(expected is { } e ? $"its folder is for {e}" : $"{Path.GetFileName(build[0].Entry.Source)} is a {build[0].Entry.Machine} build")}. The files of one build must be for one machine: put each machine's files in its own subfolder (i386, alpha).");
            }
        }

        return build;
    }

    private static StagedPayloadFile ReadFixFile(string folder, string name)
    {
        var path = Directory.EnumerateFiles(folder).FirstOrDefault(f => Path.GetFileName(f).Equals(name, StringComparison.OrdinalIgnoreCase))
            ?? throw new HotfixPackageException(
                HotfixPackageErrorCodes.PayloadFixFileMissing,
                Path.Combine(folder, name),
                $"the fix consists of {string.Join(" and ", Fix.FixFiles)}, and {name} is missing here: a package without it would leave the MTA half-patched. Copy the vendor's {name} of the same build into {folder}.");
        var staged = Stage(path, name);
        var info = PeVersionReader.Read(staged.Bytes, path);
        var version = info.FileVersion;
        if (!Fix.AppliesToVersion(version) || version < Fix.HotfixMinimum)
        {
            throw new HotfixPackageException(
                HotfixPackageErrorCodes.PayloadVersionRefused,
                path,
                $"the file is at {version}; the fix needs a {Fix.AppliesTo} build at or above {Fix.HotfixMinimum} (the {Fix.KbArticle} hotfix; SP4 is {Fix.Baseline}). Use the vendor's hotfix or SP4 files.");
        }

        var product = info.GetString("ProductName");
        if (!ExchangeProductName.Matches(product))
        {
            throw new HotfixPackageException(
                HotfixPackageErrorCodes.PayloadNotExchange,
                path,
                $"the file's ProductName is '{product ?? "(none)"}', not Microsoft Exchange. Use the vendor's Exchange 5.5 file.");
        }

        return staged;
    }

    private static StagedPayloadFile Stage(string path, string name)
    {
        try
        {
            return StagedPayloadFile.Create(@"BIN\" + name, PeVersionReader.ReadImage(path, MaxFileSize));
        }
        catch (PeFormatException exception) when (exception.Code == PeErrorCodes.TooLarge)
        {
            throw new HotfixPackageException(HotfixPackageErrorCodes.PayloadTooLarge, path, $"{exception.Message} Is this the vendor's {name}?", exception);
        }
        catch (PeFormatException exception)
        {
            throw new HotfixPackageException(
                HotfixPackageErrorCodes.PayloadNotPeImage,
                path,
                $"the file is not a PE image with a version resource ({exception.Message}). Use the vendor's {name}, not a renamed or damaged file.",
                exception);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new HotfixPackageException(HotfixPackageErrorCodes.BuildInputMissing, path, $"the file cannot be read ({exception.Message}). Check its permissions.", exception);
        }
    }
}
