namespace CopOffice.Service.Tests;

/// <summary>Why a service made by a factory did not start.</summary>
internal static class StartFailure
{
    /// <summary>
    /// The exception the service stopped its start with. WebApplicationFactory's deferred host can lose a race with a
    /// failed start and throw ObjectDisposedException in place of the app's own exception (seen on a loaded machine,
    /// about once in twenty runs): a fresh factory tries again then, up to three times.
    /// </summary>
    public static TException Of<TException>(Func<ServiceFactory> make) where TException : Exception
    {
        for (var attempt = 1; ; attempt++)
        {
            using var factory = make();
            var error = Record.Exception(() => factory.CreateClient());
            if (error is ObjectDisposedException && attempt < 3) continue;
            return Assert.IsType<TException>(error);
        }
    }
}
