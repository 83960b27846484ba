namespace CopOffice.Responses;

/// <summary>A rating of 1–5, or n/a (<see cref="Value"/> null): n/a is an answer, excluded from statistics and counted.</summary>
public readonly record struct Rating(int? Value)
{
    public static Rating NotApplicable => new(null);

    public bool IsNotApplicable => Value is null;

    public override string ToString() => Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? Framework.RatingScale.NotApplicable;
}
