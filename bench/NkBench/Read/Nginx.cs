using System.Globalization;
using System.Text;
using NkBench.Hosting;

namespace NkBench.Read;

/// <summary>
/// nginx (Debian's package) serving the same bytes as static files with the same Content-Type and cache headers:
/// the floor of what any HTTP server can do on this machine. It runs with its own generated configuration in a temp
/// prefix folder, in the foreground, one worker, on a free loopback port; nothing of the system's nginx is touched.
/// </summary>
internal static class Nginx
{
    public const string Executable = "/usr/sbin/nginx";

    /// <summary>
    /// Starts nginx in <paramref name="folder"/> (a new temp folder of its own: as root, nginx's worker runs as
    /// 'nobody' and must be able to reach it) serving each (request path, Accept value) as a file with that extension.
    /// </summary>
    public static async Task<(ChildProcess Process, Uri BaseAddress)> StartAsync(
        string folder, IReadOnlyList<(string Path, string Accept, string Extension, byte[] Body)> files, string cacheControl, string? cpus)
    {
        var www = Path.Combine(folder, "www");
        Directory.CreateDirectory(www);
        Directory.CreateDirectory(Path.Combine(folder, "tmp"));
        var map = new StringBuilder();
        for (var i = 0; i < files.Count; i++)
        {
            var (path, accept, extension, body) = files[i];
            var name = string.Create(CultureInfo.InvariantCulture, $"/{i}.{extension}");
            await File.WriteAllBytesAsync(www + name, body).ConfigureAwait(false);
            map.Append(CultureInfo.InvariantCulture, $"    \"{path}|{accept}\" {name};\n");
        }

        // Run as root, nginx's worker drops to 'nobody': it must be able to read the files.
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories).Append(folder))
        {
            if (OperatingSystem.IsWindows())
            {
                break;
            }

            File.SetUnixFileMode(entry, Directory.Exists(entry)
                ? UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute
                : UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }

        var port = Http.FreePort();
        var config = Path.Combine(folder, "nginx.conf");
        await File.WriteAllTextAsync(config, Config(folder, port, map.ToString(), cacheControl)).ConfigureAwait(false);
        var process = ChildProcess.Start(Executable, ["-p", folder + "/", "-c", config, "-e", Path.Combine(folder, "error.log"), "-g", "daemon off;"], cpus);
        return (process, new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}")));
    }

    // Keep-alive without a request limit (wrk's connections must not be recycled every 1,000 requests, which Kestrel
    // does not do either), no access log (the local host logs warnings only), sendfile, and the same headers the
    // API sends; nginx adds its own ETag and answers If-None-Match with 304 itself.
    private static string Config(string folder, int port, string map, string cacheControl) => $$"""
        worker_processes 1;
        pid {{folder}}/nginx.pid;
        events { worker_connections 1024; }
        http {
          access_log off;
          client_body_temp_path {{folder}}/tmp/body;
          proxy_temp_path {{folder}}/tmp/proxy;
          fastcgi_temp_path {{folder}}/tmp/fastcgi;
          uwsgi_temp_path {{folder}}/tmp/uwsgi;
          scgi_temp_path {{folder}}/tmp/scgi;
          sendfile on;
          tcp_nodelay on;
          keepalive_requests 1000000000;
          keepalive_timeout 300s;
          open_file_cache max=64 inactive=600s;
          types { application/json json; text/html html; }
          charset utf-8;
          charset_types application/json;
          map_hash_bucket_size 256;
          map "$uri|$http_accept" $nk_file {
            default "";
        {{map}}  }
          server {
            listen 127.0.0.1:{{port}};
            root {{folder}}/www;
            location / {
              try_files $nk_file =404;
              add_header Cache-Control "{{cacheControl}}";
              add_header Vary Accept;
              add_header X-Content-Type-Options nosniff;
            }
          }
        }

        """;
}
