using CopOffice.Service.Hosting;

namespace CopOffice.Service;

/// <summary>The service on its own (<c>dotnet run --project src/CopOffice.Service</c>); <c>copoffice serve</c> hosts the same.</summary>
public sealed class Program
{
    public static void Main(string[] args) => ServiceApp.Build(args).Run();
}
