using CopOffice.Cli;

return await CopOfficeCommand.RunAsync(args);
