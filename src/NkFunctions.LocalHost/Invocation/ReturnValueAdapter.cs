using System.Linq.Expressions;
using System.Reflection;

namespace NkFunctions.LocalHost.Invocation;

/// <summary>Wraps a function call so every return shape (void, T, Task, Task&lt;T&gt;, ValueTask, ValueTask&lt;T&gt;) becomes a <c>ValueTask&lt;object?&gt;</c>.</summary>
internal static class ReturnValueAdapter
{
    private static readonly ConstructorInfo CompletedWith = typeof(ValueTask<object?>).GetConstructor([typeof(object)])!;

    /// <summary>An expression of type <c>ValueTask&lt;object?&gt;</c> that runs <paramref name="call"/> and yields its result (null for void and non-generic tasks).</summary>
    public static Expression Adapt(Expression call)
    {
        ArgumentNullException.ThrowIfNull(call);

        var type = call.Type;
        if (type == typeof(void))
        {
            return Expression.Block(call, Expression.Default(typeof(ValueTask<object?>)));
        }

        if (type == typeof(Task))
        {
            return Expression.Call(Method(nameof(FromTask)), call);
        }

        if (type == typeof(ValueTask))
        {
            return Expression.Call(Method(nameof(FromValueTask)), call);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Task<>))
        {
            return Expression.Call(Method(nameof(FromTaskOf)).MakeGenericMethod(type.GenericTypeArguments), call);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueTask<>))
        {
            return Expression.Call(Method(nameof(FromValueTaskOf)).MakeGenericMethod(type.GenericTypeArguments), call);
        }

        return Expression.New(CompletedWith, Expression.Convert(call, typeof(object)));
    }

    private static MethodInfo Method(string name) =>
        typeof(ReturnValueAdapter).GetMethod(name, BindingFlags.NonPublic | BindingFlags.Static)!;

    // Each adapter returns synchronously when the function already finished: no state machine on the fast path.
    private static ValueTask<object?> FromTask(Task task) =>
        task.IsCompletedSuccessfully ? default : AwaitAsync(task);

    private static ValueTask<object?> FromValueTask(ValueTask task) =>
        task.IsCompletedSuccessfully ? default : AwaitAsync(task.AsTask());

    private static ValueTask<object?> FromTaskOf<T>(Task<T> task) =>
        task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : AwaitAsync(task);

    private static ValueTask<object?> FromValueTaskOf<T>(ValueTask<T> task) =>
        task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : AwaitAsync(task.AsTask());

    private static async ValueTask<object?> AwaitAsync(Task task)
    {
        await task.ConfigureAwait(false);
        return null;
    }

    private static async ValueTask<object?> AwaitAsync<T>(Task<T> task) => await task.ConfigureAwait(false);
}
