using System.Text;

namespace CollectionsPlatform.EndToEnd;

/// <summary>Collects the AppHost's console so a failing test can show what happened.</summary>
public sealed class ConsoleCapture
{
    private readonly StringBuilder text = new();

    public ConsoleCapture() => Writer = TextWriter.Synchronized(new StringWriter(text));

    public TextWriter Writer { get; }

    public string Tail(int lines = 150)
    {
        string all;
        lock (Writer)
        {
            all = text.ToString();
        }

        var split = all.Split('\n');
        return string.Join('\n', split.Skip(Math.Max(0, split.Length - lines)));
    }
}
