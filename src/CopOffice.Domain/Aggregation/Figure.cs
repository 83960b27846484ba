using System.Diagnostics.CodeAnalysis;

namespace CopOffice.Aggregation;

/// <summary>Why a figure is not shown. The cell says <see cref="Suppressed{T}.Reason"/>.</summary>
public enum SuppressionCause
{
    /// <summary>The group has fewer respondents than the minimum group size.</summary>
    TooFewRespondents,
    /// <summary>The group is large enough, but showing it would let a reader work out a smaller group by subtraction.</summary>
    Subtraction,
    /// <summary>Free text of a group below the free-text threshold.</summary>
    FreeText,
}

/// <summary>
/// A figure of a shared view: either shown, or withheld with the text its cell shows instead.
/// A withheld figure carries no number at all, so a writer cannot print it by mistake.
/// </summary>
public abstract record Figure<T>
{
    private protected Figure() { }

    public bool IsShown => this is Shown<T>;

    public bool TryGetValue([MaybeNullWhen(false)] out T value)
    {
        if (this is Shown<T> shown)
        {
            value = shown.Value;
            return true;
        }
        value = default;
        return false;
    }

    /// <summary>The cell text: the formatted value, or the reason it is not shown.</summary>
    public string Text(Func<T, string> format) => this switch
    {
        Shown<T> shown => format(shown.Value),
        Suppressed<T> suppressed => suppressed.Reason,
        Missing<T> missing => missing.Reason,
        _ => throw new InvalidOperationException($"Unknown figure {GetType().Name}."),
    };

    /// <summary>The same figure with its value transformed; a withheld figure stays withheld for the same reason.</summary>
    public Figure<TResult> Map<TResult>(Func<T, TResult> map) => this switch
    {
        Shown<T> shown => new Shown<TResult>(map(shown.Value)),
        Suppressed<T> suppressed => new Suppressed<TResult>(suppressed.Reason, suppressed.Cause),
        Missing<T> missing => new Missing<TResult>(missing.Reason),
        _ => throw new InvalidOperationException($"Unknown figure {GetType().Name}."),
    };
}

public sealed record Shown<T>(T Value) : Figure<T>;

/// <summary>Withheld to protect people; <see cref="Reason"/> is the text of the cell ("fewer than 5 respondents").</summary>
public sealed record Suppressed<T>(string Reason, SuppressionCause Cause) : Figure<T>;

/// <summary>There is nothing to show (for instance no earlier period to compare with).</summary>
public sealed record Missing<T>(string Reason) : Figure<T>;
