using System.Text;
using System.Text.Json;
using Patcher.Agent.Cli;
using Patcher.Agent.Scan;
using Patcher.Core.Configuration;

namespace Patcher.Agent.Config;

/// <summary>Prints the layered settings as a table or as JSON; problems go to stderr and make the exit code 2.</summary>
internal static class ConfigShow
{
    public static int Run(CliContext context, string? target, bool json)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Hosts.TryOpen(target, context.Time, out var host, out var problem))
        {
            context.Error.WriteLine($"{context.Hosts.ToolName} config show: {problem}");
            return ExitCodes.Error;
        }

        LayeredAgentSettings layered;
        try
        {
            layered = host.Settings.Load();
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"{context.Hosts.ToolName} config show: cannot read the settings: {exception.Message}");
            return ExitCodes.Error;
        }

        if (json)
        {
            context.Out.WriteLine(ToJson(layered));
        }
        else
        {
            var table = new TextTable("SETTING", "VALUE", "SOURCE");
            foreach (var entry in layered.Entries)
            {
                table.Add(entry.Name, entry.Value.Length == 0 ? "(none)" : entry.Value, entry.Problem is null ? entry.Origin.SourceName : $"{entry.Origin.SourceName} (refused)");
            }

            table.Write(context.Out);
            context.Out.WriteLine($"file: {layered.SettingsFile}");
        }

        foreach (var settingProblem in layered.Problems)
        {
            context.Error.WriteLine($"{context.Hosts.ToolName} config show: {AgentSettingsException.InvalidSettings}: {settingProblem}");
        }

        return layered.IsValid ? ExitCodes.Success : ExitCodes.Error;
    }

    private static string ToJson(LayeredAgentSettings layered)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("schemaVersion", 1);
            writer.WriteString("settingsFile", layered.SettingsFile);
            writer.WriteBoolean("valid", layered.IsValid);
            writer.WriteStartArray("settings");
            foreach (var entry in layered.Entries)
            {
                writer.WriteStartObject();
                writer.WriteString("name", entry.Name);
                writer.WriteString("value", entry.Value);
                writer.WriteString("source", entry.Origin.Source switch
                {
                    SettingSource.File => "file",
                    SettingSource.AgentKey => "agent-key",
                    SettingSource.Policy => "policy",
                    _ => "default",
                });
                writer.WriteString("location", entry.Origin.Location);
                if (entry.Problem is not null)
                {
                    writer.WriteString("problem", entry.Problem);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("problems");
            foreach (var problem in layered.Problems)
            {
                writer.WriteStringValue(problem);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
