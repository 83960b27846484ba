using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;

namespace CopOffice.Domain.Tests.Aggregation;

/// <summary>Writes everything public about an object, recursively, as text: two views are the same when their dumps are.</summary>
internal static class Dump
{
    public static string Of(object? value)
    {
        var text = new StringBuilder();
        Write(value, text, 0);
        return text.ToString();
    }

    private static void Write(object? value, StringBuilder text, int depth)
    {
        if (depth > 30) throw new InvalidOperationException("The object graph is too deep to dump.");
        switch (value)
        {
            case null: text.Append("null"); return;
            case string s: text.Append('"').Append(s).Append('"'); return;
            case double d: text.Append(d.ToString("R", CultureInfo.InvariantCulture)); return;
            case decimal m: text.Append(m.ToString(CultureInfo.InvariantCulture)); return;
            case Enum or int or long or bool or CopOffice.Responses.Period or CopOffice.Responses.Rating: text.Append(value); return;
            case IEnumerable items:
                text.Append('[');
                foreach (var item in items)
                {
                    Write(item, text, depth + 1);
                    text.Append(", ");
                }
                text.Append(']');
                return;
        }
        var type = value.GetType();
        text.Append(type.Name).Append(" {");
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            text.Append(' ').Append(property.Name).Append(" = ");
            Write(property.GetValue(value), text, depth + 1);
            text.Append(';');
        }
        text.Append(" }");
    }
}
