namespace CopOffice.Service.Hosting;

/// <summary>A setting the service cannot start with, named with what to set instead.</summary>
public sealed class ServiceConfigurationException(string message, Exception? inner = null) : Exception(message, inner);
