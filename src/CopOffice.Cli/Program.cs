using CopOffice.Cli;

return CopOfficeCommand.Create().Parse(args).Invoke();
