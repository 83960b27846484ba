using Microsoft.Extensions.Configuration;

namespace CopOffice.Cli.Configuration;

/// <summary>
/// The .NET configuration conventions, later sources winning: appsettings.json in the working folder,
/// environment variables COPOFFICE__Section__Key (COPOFFICE__Graph__TenantId), and options
/// --Section:Key value or --Section:Key=value on the command line.
/// </summary>
public static class CliConfiguration
{
    public const string EnvironmentPrefix = "COPOFFICE__";
    public const string SettingsFile = "appsettings.json";

    /// <param name="arguments">The command line tokens no option of the command took (System.CommandLine's unmatched tokens).</param>
    /// <param name="directory">Where appsettings.json is looked for.</param>
    /// <exception cref="ConfigurationArgumentException">An argument that is no --Section:Key option, or a settings file that is not JSON.</exception>
    public static IConfiguration Build(IReadOnlyList<string> arguments, string directory)
    {
        Check(arguments);
        try
        {
            return new ConfigurationBuilder()
                .AddJsonFile(Path.Combine(Path.GetFullPath(directory), SettingsFile), optional: true, reloadOnChange: false)
                .AddEnvironmentVariables(EnvironmentPrefix)
                .AddCommandLine(arguments.ToArray())
                .Build();
        }
        catch (InvalidDataException e)
        {
            throw new ConfigurationArgumentException($"{Path.Combine(directory, SettingsFile)}: not valid JSON ({e.InnerException?.Message ?? e.Message}).");
        }
    }

    private static void Check(IReadOnlyList<string> arguments)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            var token = arguments[i];
            var isKey = (token.StartsWith("--", StringComparison.Ordinal) || token.StartsWith('/')) && token.Contains(':', StringComparison.Ordinal);
            // Only option names are echoed: a stray value may be a secret.
            if (!isKey)
                throw new ConfigurationArgumentException(token.StartsWith('-')
                    ? $"unknown option {token}. Configuration options look like --Graph:TenantId value."
                    : $"unexpected argument at position {i + 1}. Configuration options look like --Graph:TenantId value.");
            if (token.Contains('=', StringComparison.Ordinal)) continue;
            if (i + 1 >= arguments.Count || arguments[i + 1].StartsWith("--", StringComparison.Ordinal))
                throw new ConfigurationArgumentException($"{token} needs a value: {token} value or {token}=value.");
            i++;
        }
    }
}

/// <summary>A configuration source that cannot be used: the message says which and why.</summary>
public sealed class ConfigurationArgumentException(string message) : Exception(message);
