namespace NkFunctions.LocalHost.Keys;

/// <summary>The key a request presented, as the Functions host's authentication sees it.</summary>
internal enum PresentedKeyLevel
{
    /// <summary>No key, or one that matches neither key.</summary>
    None,

    /// <summary>The function key: opens Function level.</summary>
    Function,

    /// <summary>The admin (master) key: opens every level and the admin API.</summary>
    Admin,
}
