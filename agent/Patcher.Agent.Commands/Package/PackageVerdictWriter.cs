using System.Text;
using System.Text.Json;
using Patcher.Core.Packages;
using Patcher.Packaging.Verification;

namespace Patcher.Agent.Package;

/// <summary>Prints <c>package verify</c>'s verdict: text for operators, or one JSON object (schemaVersion 1) for scripts.</summary>
internal static class PackageVerdictWriter
{
    public static void WriteVerified(TextWriter output, bool json, IHotfixPackage package)
    {
        var manifest = package.Manifest;
        if (json)
        {
            output.WriteLine(Json(writer =>
            {
                Common(writer, package.PackagePath, "verified", package.SignerFingerprint);
                writer.WriteString("packageSha256", package.PackageSha256);
                writer.WriteString("packageId", manifest.PackageId);
                writer.WriteString("packageVersion", manifest.PackageVersion);
                writer.WriteString("kbArticle", manifest.Baseline.KbArticle);
                writer.WriteString("title", manifest.Title);
                writer.WriteString("product", manifest.Applicability.Product);
                writer.WriteString("minimumVersion", manifest.Applicability.MinimumVersion.ToString());
                writer.WriteString("maximumVersion", manifest.Applicability.MaximumVersion.ToString());
                writer.WriteBoolean("labOnly", manifest.LabOnly);
                writer.WriteStartArray("files");
                foreach (var file in manifest.Files)
                {
                    writer.WriteStartObject();
                    writer.WriteString("target", file.Target);
                    writer.WriteString("fileVersion", file.FileVersion.ToString());
                    writer.WriteString("machine", file.Machine.Name);
                    writer.WriteString("sha256", file.Sha256);
                    writer.WriteNumber("size", file.Size);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteStartArray("stopOrder");
                foreach (var service in manifest.Services.StopOrder)
                {
                    writer.WriteStringValue(service);
                }

                writer.WriteEndArray();
            }));
            return;
        }

        output.WriteLine($"VERIFIED {package.PackagePath}");
        output.WriteLine($"  package       {manifest.PackageId} {manifest.PackageVersion}  sha256 {package.PackageSha256}{(manifest.LabOnly ? "  LAB ONLY: the production agent refuses it" : "")}");
        output.WriteLine($"  fix           {manifest.Baseline.KbArticle}: {manifest.Title}");
        output.WriteLine($"  applies to    {manifest.Applicability.Product} {manifest.Applicability.MinimumVersion} .. {manifest.Applicability.MaximumVersion}");
        foreach (var file in manifest.Files)
        {
            output.WriteLine($"  file          {file.Target,-15} {file.FileVersion}  {file.Machine.Name,-6} {file.Size} bytes  sha256 {file.Sha256}");
        }

        output.WriteLine($"  services      stop {string.Join(", ", manifest.Services.StopOrder)}; start in reverse");
        output.WriteLine($"  verification  {manifest.Verification.Service}: no exit {manifest.Verification.ForbiddenExitCode}, no events {string.Join("/", manifest.Verification.ForbiddenEvents)}, queue progress, poison rejected (diagnostic {manifest.Verification.ExpectedDiagnostic})");
        output.WriteLine($"  signer        SHA-256 {package.SignerFingerprint} (trusted)");
    }

    public static void WriteRefused(TextWriter output, bool json, string path, HotfixPackageException refusal)
    {
        if (json)
        {
            output.WriteLine(Json(writer =>
            {
                Common(writer, path, "refused", refusal.SignerFingerprint);
                writer.WriteString("code", refusal.Code);
                writer.WriteString("reason", refusal.Detail);
                writer.WriteStartArray("nugetCodes");
                foreach (var code in refusal.NuGetCodes)
                {
                    writer.WriteStringValue(code);
                }

                writer.WriteEndArray();
            }));
            return;
        }

        output.WriteLine($"REFUSED {path}");
        output.WriteLine($"  code          {refusal.Code}{(refusal.NuGetCodes.Count > 0 ? $" ({string.Join(", ", refusal.NuGetCodes)})" : "")}");
        output.WriteLine($"  reason        {refusal.Detail}");
        output.WriteLine($"  signer        {(refusal.SignerFingerprint is { } f ? $"SHA-256 {f}" : "unknown")}");
    }

    private static void Common(Utf8JsonWriter writer, string path, string verdict, string? signer)
    {
        writer.WriteNumber("schemaVersion", 1);
        writer.WriteString("package", path);
        writer.WriteString("verdict", verdict);
        if (signer is not null)
        {
            writer.WriteString("signerFingerprint", signer);
        }
    }

    private static string Json(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
