using Patcher.X411.Model;

namespace Patcher.Agent.Decode;

internal static partial class ApduTreeWriter
{
    private static void WriteTrace(TreeWriter tree, string name, EquatableArray<TraceInformationElement> trace)
    {
        using (tree.Branch($"{name} ({trace.Count})"))
        {
            var index = 0;
            foreach (var element in trace)
            {
                var information = element.Information;
                using (tree.Branch($"[{++index}] {element.Domain}"))
                {
                    tree.Field("arrival-time", information.ArrivalTime);
                    tree.Field("routing-action", information.RoutingAction);
                    tree.OptionalField("attempted-domain", information.AttemptedDomain);
                    tree.OptionalField("deferred-time", information.DeferredTime);
                    tree.OptionalField("converted-encoded-information-types", information.ConvertedEncodedInformationTypes?.BuiltIn);
                    if (information.OtherActions != OtherActions.None)
                    {
                        tree.Field("other-actions", information.OtherActions);
                    }
                }
            }
        }
    }

    /// <summary>Trace carried as extensions 37 and 38; written only when present, as most messages have none.</summary>
    private static void WriteExtensionTrace(
        TreeWriter tree,
        EquatableArray<TraceInformationElement> extensionTrace,
        EquatableArray<InternalTraceInformationElement> internalTrace)
    {
        if (!extensionTrace.IsEmpty)
        {
            WriteTrace(tree, "trace-information (extension 37)", extensionTrace);
        }

        if (internalTrace.IsEmpty)
        {
            return;
        }

        using (tree.Branch($"internal-trace-information ({internalTrace.Count})"))
        {
            var index = 0;
            foreach (var element in internalTrace)
            {
                var information = element.Information;
                using (tree.Branch($"[{++index}] {element.Domain} mta={element.MtaName}"))
                {
                    tree.Field("arrival-time", information.ArrivalTime);
                    tree.Field("routing-action", information.RoutingAction);
                    tree.OptionalField("attempted-mta", information.AttemptedMta);
                    tree.OptionalField("attempted-domain", information.AttemptedDomain);
                    tree.OptionalField("deferred-time", information.DeferredTime);
                }
            }
        }
    }

    private static void WriteRecipients(TreeWriter tree, EquatableArray<PerRecipientMessageTransferFields> recipients)
    {
        using (tree.Branch($"per-recipient-fields ({recipients.Count})"))
        {
            var index = 0;
            foreach (var recipient in recipients)
            {
                using (tree.Branch($"[{++index}] {recipient.RecipientName}"))
                {
                    tree.Field("originally-specified-recipient-number", recipient.OriginallySpecifiedRecipientNumber);
                    tree.Field("per-recipient-indicators", recipient.Indicators);
                    tree.OptionalField("explicit-conversion", recipient.ExplicitConversion);
                    WriteExtensions(tree, recipient.Extensions);
                }
            }
        }
    }

    /// <summary>
    /// Extensions' values stay opaque (the engine relays them unchanged). An envelope says "none"; a recipient or a
    /// report content without extensions says nothing.
    /// </summary>
    private static void WriteExtensions(TreeWriter tree, EquatableArray<ExtensionField> extensions, bool sayNone = false)
    {
        if (extensions.IsEmpty)
        {
            if (sayNone)
            {
                tree.Field("extensions", "none");
            }

            return;
        }

        using (tree.Branch($"extensions ({extensions.Count})"))
        {
            var index = 0;
            foreach (var extension in extensions)
            {
                var type = extension.StandardExtension is { } standard
                    ? $"standard-extension {standard}"
                    : $"private-extension {extension.PrivateExtension}";
                tree.Field($"[{++index}] {type}", $"criticality {extension.Criticality}, value {extension.Value.Count} bytes");
            }
        }
    }
}
