using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace NkFunctions.IntegrationTests.Infrastructure;

/// <summary>
/// A throwaway self-signed certificate for 127.0.0.1, written as PEM files for a TLS server (Azurite) and trusted by
/// thumbprint by the test's own clients only: nothing is added to the machine's trust store.
/// </summary>
public sealed class LoopbackCertificate : IDisposable
{
    private readonly string _folder;

    private LoopbackCertificate(string folder, X509Certificate2 certificate)
    {
        _folder = folder;
        Certificate = certificate;
    }

    public X509Certificate2 Certificate { get; }

    public string CertificatePemPath => Path.Combine(_folder, "cert.pem");

    public string KeyPemPath => Path.Combine(_folder, "key.pem");

    public static LoopbackCertificate Create()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        var now = DateTimeOffset.UtcNow;
        var certificate = request.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(1));

        var folder = Path.Combine(Path.GetTempPath(), "nk-tls-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var created = new LoopbackCertificate(folder, certificate);
        File.WriteAllText(created.CertificatePemPath, certificate.ExportCertificatePem());
        File.WriteAllText(created.KeyPemPath, key.ExportPkcs8PrivateKeyPem());
        return created;
    }

    /// <summary>A handler that accepts this certificate (and only it) from the server.</summary>
    public HttpClientHandler TrustingHandler() => new()
    {
        ServerCertificateCustomValidationCallback = (_, presented, _, _) => presented is not null && presented.Thumbprint == Certificate.Thumbprint,
    };

    public void Dispose()
    {
        Certificate.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
