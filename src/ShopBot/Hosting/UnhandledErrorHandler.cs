using System.Data.Common;
using Microsoft.AspNetCore.Diagnostics;

namespace ShopBot.Hosting;

/// <summary>
/// The last resort for an exception no endpoint handled: a problem+json answer instead of an empty 500, logged once.
/// A database that has gone away (any <see cref="DbException"/>, SQLite or PostgreSQL) is 503 with Retry-After, so
/// clients and load balancers retry; anything else is 500 with the trace id to find the log entry. Nothing about the
/// exception itself reaches the client.
/// </summary>
public sealed partial class UnhandledErrorHandler(IProblemDetailsService problems, ILogger<UnhandledErrorHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var storage = exception is DbException || exception.InnerException is DbException;
        var path = httpContext.Request.Path.Value ?? "";
        if (storage) LogStorageFailure(exception, httpContext.Request.Method, path);
        else LogUnhandled(exception, httpContext.Request.Method, path);
        if (httpContext.Response.HasStarted) return false;

        httpContext.Response.StatusCode = storage ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError;
        if (storage) httpContext.Response.Headers.RetryAfter = "30";
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = httpContext.Response.StatusCode,
                Title = storage ? "The shop's database is not available right now" : "Something went wrong on our side",
                Detail = storage ? "Nothing was lost; please try again in a moment." : "The error has been logged; please try again.",
                Extensions = { ["traceId"] = httpContext.TraceIdentifier },
            },
        }).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Storage failure answering {Method} {Path}; answered 503")]
    private partial void LogStorageFailure(Exception exception, string method, string path);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error answering {Method} {Path}; answered 500")]
    private partial void LogUnhandled(Exception exception, string method, string path);
}
