namespace Patcher.Lab.Scm;

/// <summary>One request line to the lab service control manager, e.g. <c>{"op":"start","service":"MSExchangeMTA"}</c>.</summary>
/// <param name="Op">One of <see cref="ScmOperation"/>.</param>
/// <param name="Service">The service the request is for; null for <c>list</c> and <c>shutdown</c>.</param>
public sealed record ScmRequest(string Op, string? Service = null);
