namespace Patcher.Readers.Fuzz;

/// <summary>A reader broke its contract: an exception other than its documented one, or a refusal without a reason.</summary>
internal sealed class InvariantViolationException : Exception
{
    public InvariantViolationException()
    {
    }

    public InvariantViolationException(string message)
        : base(message)
    {
    }

    public InvariantViolationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
