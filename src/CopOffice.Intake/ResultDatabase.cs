using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CopOffice.Responses;
using CopOffice.Store;
using Microsoft.Data.Sqlite;

namespace CopOffice.Intake;

/// <summary>
/// A run's results in a temporary SQLite database, one row of JSON each, so that a run over a library
/// of 100,000 Forms rows does not hold every response in memory between the intake and the reports. The
/// file is its owner's alone, and is deleted when the run that opened it disposes it.
/// </summary>
public sealed class ResultDatabase : IResultStore, IDisposable, IAsyncDisposable
{
    // Computed properties (a source's file name, a response's duplicate key) are not kept: they follow from the rest.
    internal static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new RatingAsNumber() },
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver
        {
            Modifiers = { info => { for (var i = info.Properties.Count - 1; i >= 0; i--) if (info.Properties[i].Set is null) info.Properties.RemoveAt(i); } },
        },
    };

    // One connection, used by one caller at a time: the run adds from one place, reports read from several threads.
    private readonly Lock _gate = new();
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _insert;
    private readonly SqliteCommand _select;
    private SqliteTransaction? _adding;
    // How many results were added: the next one's id.
    private int _count;
    private bool _disposed;

    private ResultDatabase(string path)
    {
        Path = path;
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        _connection.Open();
        // What is lost in a crash is a run's scratch, read again by the next run: no journal, no waiting on the disk.
        Execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; CREATE TABLE result (id INTEGER PRIMARY KEY, body BLOB NOT NULL);");
        _insert = Command("INSERT INTO result (id, body) VALUES ($id, $body)");
        _select = Command("SELECT body FROM result WHERE id = $id");
    }

    /// <summary>Where the database is: a file of the temporary folder, named for nobody.</summary>
    public string Path { get; }

    /// <summary>A new, empty database in <paramref name="folder"/> (the system's temporary folder by default).</summary>
    public static ResultDatabase CreateTemporary(string? folder = null)
    {
        var path = System.IO.Path.Combine(folder ?? System.IO.Path.GetTempPath(), $"copoffice-run-{Guid.NewGuid():N}.db");
        // Made empty and private before SQLite opens it: SQLite would create it readable by others (the umask's 0644).
        PrivateFiles.CreateHandle(path).Dispose();
        try
        {
            return new ResultDatabase(path);
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    public int Add(IntakeResult result)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(result, Json);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _adding ??= _connection.BeginTransaction();
            _insert.Transaction = _adding;
            _insert.Parameters["$id"].Value = _count;
            _insert.Parameters["$body"].Value = body;
            _insert.ExecuteNonQuery();
            return _count++;
        }
    }

    public IntakeResult this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            byte[] body;
            lock (_gate)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _count);
                // What was added so far is committed before it is read: in a run, once, when the reports begin.
                if (_adding is not null)
                {
                    _adding.Commit();
                    _adding.Dispose();
                    _adding = null;
                    _insert.Transaction = null;
                }
                _select.Parameters["$id"].Value = index;
                body = (byte[])_select.ExecuteScalar()!;
            }
            return JsonSerializer.Deserialize<IntakeResult>(body, Json)
                ?? throw new InvalidDataException($"Result {index} of {Path} reads as nothing.");
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed) return;
            _disposed = true;
            _adding?.Dispose();
            _insert.Dispose();
            _select.Dispose();
            _connection.Dispose();
        }
        File.Delete(Path);
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>A rating as the number it is, or null for n/a: twenty of them in every value survey.</summary>
    private sealed class RatingAsNumber : System.Text.Json.Serialization.JsonConverter<Rating>
    {
        public override Rating Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Null ? Rating.NotApplicable : new Rating(reader.GetInt32());

        public override void Write(Utf8JsonWriter writer, Rating value, JsonSerializerOptions options)
        {
            if (value.Value is { } number) writer.WriteNumberValue(number);
            else writer.WriteNullValue();
        }

        public override bool HandleNull => true;
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private SqliteCommand Command(string sql)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add(new SqliteParameter("$id", SqliteType.Integer));
        if (sql.Contains("$body", StringComparison.Ordinal)) command.Parameters.Add(new SqliteParameter("$body", SqliteType.Blob));
        command.Prepare();
        return command;
    }
}
