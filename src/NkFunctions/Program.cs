using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using NkFunctions;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureNkWorker();
builder.Build().Run();
