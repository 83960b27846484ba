using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace CopOffice.Reports.Excel;

/// <summary>
/// Adds native Excel charts to a workbook already saved by ClosedXML, which cannot make charts.
/// The last step of writing a report: ClosedXML cannot open a workbook with drawings again.
/// Each series carries a cache of its values, so the chart shows without a recalculation.
/// </summary>
internal static class NativeCharts
{
    private static readonly string[] Colours = ["1F4E79", "2E75B6", "9DC3E6", "C55A11", "70AD47", "FFC000"];

    public static void Add(Stream workbook, IReadOnlyList<ChartSpec> charts)
    {
        if (charts.Count == 0) return;
        using var document = SpreadsheetDocument.Open(workbook, isEditable: true);
        Add(document, charts);
    }

    /// <summary>Adds the charts to a document opened for editing; saved when the caller disposes it.</summary>
    public static void Add(SpreadsheetDocument document, IReadOnlyList<ChartSpec> charts)
    {
        if (charts.Count == 0) return;
        var workbookPart = document.WorkbookPart ?? throw new InvalidOperationException("The workbook has no workbook part.");
        foreach (var group in charts.GroupBy(c => c.Sheet))
        {
            var sheet = workbookPart.Workbook.Sheets!.Elements<Sheet>().FirstOrDefault(s => s.Name == group.Key)
                ?? throw new InvalidOperationException($"No sheet named '{group.Key}' to put a chart on.");
            var worksheetPart = (WorksheetPart)workbookPart.GetPartById(sheet.Id!);
            var drawingsPart = worksheetPart.DrawingsPart ?? AddDrawingsPart(worksheetPart);
            drawingsPart.WorksheetDrawing ??= new Xdr.WorksheetDrawing();
            foreach (var chart in group) AddChart(drawingsPart, chart);
            drawingsPart.WorksheetDrawing.Save();
        }
    }

    private static DrawingsPart AddDrawingsPart(WorksheetPart worksheetPart)
    {
        // Fixed relationship ids (the SDK would draw random ones): the same report, the same package.
        var drawingsPart = worksheetPart.AddNewPart<DrawingsPart>("rIdCopOfficeCharts");
        var drawing = new Drawing { Id = worksheetPart.GetIdOfPart(drawingsPart) };
        var worksheet = worksheetPart.Worksheet;
        // CT_Worksheet order: <drawing> comes after pageSetup/headerFooter/breaks and before
        // legacyDrawing, tableParts and extLst.
        var before = worksheet.ChildElements.FirstOrDefault(e => e is LegacyDrawing or LegacyDrawingHeaderFooter or Picture or OleObjects or Controls or WebPublishItems or TableParts or WorksheetExtensionList);
        if (before is not null) worksheet.InsertBefore(drawing, before);
        else worksheet.Append(drawing);
        worksheet.Save();
        return drawingsPart;
    }

    private static void AddChart(DrawingsPart drawingsPart, ChartSpec spec)
    {
        var chartPart = drawingsPart.AddNewPart<ChartPart>($"rIdChart{drawingsPart.ChartParts.Count() + 1}");
        chartPart.ChartSpace = ChartSpace(spec);
        chartPart.ChartSpace.Save();

        var id = (uint)(drawingsPart.WorksheetDrawing.ChildElements.Count + 2);
        drawingsPart.WorksheetDrawing.Append(new Xdr.TwoCellAnchor(
            new Xdr.FromMarker(new Xdr.ColumnId(spec.FromColumn.ToString()), new Xdr.ColumnOffset("0"), new Xdr.RowId(spec.FromRow.ToString()), new Xdr.RowOffset("0")),
            new Xdr.ToMarker(new Xdr.ColumnId((spec.FromColumn + spec.Columns).ToString()), new Xdr.ColumnOffset("0"), new Xdr.RowId((spec.FromRow + spec.Rows).ToString()), new Xdr.RowOffset("0")),
            new Xdr.GraphicFrame(
                new Xdr.NonVisualGraphicFrameProperties(
                    new Xdr.NonVisualDrawingProperties { Id = id, Name = spec.Title },
                    new Xdr.NonVisualGraphicFrameDrawingProperties()),
                new Xdr.Transform(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = 0, Cy = 0 }),
                new A.Graphic(new A.GraphicData(new C.ChartReference { Id = drawingsPart.GetIdOfPart(chartPart) })
                { Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart" }))
            { Macro = "" },
            new Xdr.ClientData())
        { EditAs = Xdr.EditAsValues.OneCell });
    }

    private static C.ChartSpace ChartSpace(ChartSpec spec)
    {
        if (spec.Kind == ChartKind.Scatter) return Scatter(spec);
        const uint categoryAxis = 48650112u, valueAxis = 48672768u;
        OpenXmlCompositeElement plot = spec.Kind switch
        {
            ChartKind.Line => new C.LineChart(new C.Grouping { Val = C.GroupingValues.Standard }, new C.VaryColors { Val = false }),
            _ => new C.BarChart(
                new C.BarDirection { Val = spec.Kind == ChartKind.Bar ? C.BarDirectionValues.Bar : C.BarDirectionValues.Column },
                new C.BarGrouping { Val = C.BarGroupingValues.Clustered },
                new C.VaryColors { Val = false }),
        };
        for (var i = 0; i < spec.Series.Count; i++) plot.Append(Series(spec, spec.Series[i], (uint)i));
        if (plot is C.BarChart bar) bar.Append(new C.GapWidth { Val = 80 });
        else plot.Append(new C.ShowMarker { Val = true });
        plot.Append(new C.AxisId { Val = categoryAxis }, new C.AxisId { Val = valueAxis });

        var scaling = Scaling(spec.AxisMin, spec.AxisMax);

        return Titled(spec, new C.PlotArea(new C.Layout(), plot,
                new C.CategoryAxis(new C.AxisId { Val = categoryAxis }, new C.Scaling(new C.Orientation { Val = spec.Kind == ChartKind.Bar ? C.OrientationValues.MaxMin : C.OrientationValues.MinMax }),
                    new C.Delete { Val = false }, new C.AxisPosition { Val = spec.Kind == ChartKind.Bar ? C.AxisPositionValues.Left : C.AxisPositionValues.Bottom },
                    new C.NumberingFormat { FormatCode = "General", SourceLinked = false },
                    new C.TickLabelPosition { Val = C.TickLabelPositionValues.Low },
                    new C.CrossingAxis { Val = valueAxis }, new C.Crosses { Val = C.CrossesValues.AutoZero },
                    new C.AutoLabeled { Val = true }, new C.LabelAlignment { Val = C.LabelAlignmentValues.Center }, new C.LabelOffset { Val = 100 }),
                new C.ValueAxis(new C.AxisId { Val = valueAxis }, scaling,
                    new C.Delete { Val = false }, new C.AxisPosition { Val = spec.Kind == ChartKind.Bar ? C.AxisPositionValues.Bottom : C.AxisPositionValues.Left },
                    new C.MajorGridlines(new C.ChartShapeProperties(new A.Outline(new A.SolidFill(new A.RgbColorModelHex { Val = "D9D9D9" })))),
                    new C.NumberingFormat { FormatCode = spec.NumberFormat, SourceLinked = false },
                    new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
                    // Bars list categories top-down (reversed axis); crossing at the maximum keeps the value axis at the bottom.
                    new C.CrossingAxis { Val = categoryAxis }, new C.Crosses { Val = spec.Kind == ChartKind.Bar ? C.CrossesValues.Maximum : C.CrossesValues.AutoZero },
                    new C.CrossBetween { Val = C.CrossBetweenValues.Between })));
    }

    /// <summary>The chart around a plot area: its title above, the legend below.</summary>
    private static C.ChartSpace Titled(ChartSpec spec, C.PlotArea plotArea)
    {
        var chart = new C.Chart(
            new C.Title(new C.ChartText(new C.RichText(new A.BodyProperties(), new A.ListStyle(),
                new A.Paragraph(new A.ParagraphProperties(new A.DefaultRunProperties { FontSize = 1200, Bold = true }), new A.Run(new A.RunProperties { Language = "en-GB", FontSize = 1200, Bold = true }, new A.Text(spec.Title))))),
                new C.Overlay { Val = false }),
            new C.AutoTitleDeleted { Val = false },
            plotArea,
            new C.Legend(new C.LegendPosition { Val = C.LegendPositionValues.Bottom }, new C.Overlay { Val = false }),
            new C.PlotVisibleOnly { Val = true },
            new C.DisplayBlanksAs { Val = C.DisplayBlanksAsValues.Gap });
        return new C.ChartSpace(new C.EditingLanguage { Val = "en-GB" }, new C.RoundedCorners { Val = false }, chart);
    }

    private static C.Scaling Scaling(double? min, double? max)
    {
        var scaling = new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax });
        if (max is { } top) scaling.Append(new C.MaxAxisValue { Val = top });
        if (min is { } bottom) scaling.Append(new C.MinAxisValue { Val = bottom });
        return scaling;
    }

    /// <summary>Points, one colour per series (an importance × performance chart: one series per zone), on two value axes.</summary>
    private static C.ChartSpace Scatter(ChartSpec spec)
    {
        const uint xAxis = 48650113u, yAxis = 48672769u;
        var plot = new C.ScatterChart(new C.ScatterStyle { Val = C.ScatterStyleValues.LineMarker }, new C.VaryColors { Val = false });
        for (var i = 0; i < spec.Series.Count; i++)
        {
            var series = spec.Series[i];
            var colour = Colours[i % Colours.Length];
            plot.Append(new C.ScatterChartSeries(new C.Index { Val = (uint)i }, new C.Order { Val = (uint)i }, new C.SeriesText(new C.NumericValue(series.Name)),
                new C.ChartShapeProperties(new A.Outline(new A.NoFill())),
                new C.Marker(new C.Symbol { Val = C.MarkerStyleValues.Circle }, new C.Size { Val = 8 },
                    new C.ChartShapeProperties(new A.SolidFill(new A.RgbColorModelHex { Val = colour }), new A.Outline(new A.SolidFill(new A.RgbColorModelHex { Val = colour })))),
                new C.XValues(new C.NumberReference(new C.Formula(series.XRange!), NumberCache(series.XValues, "0.00"))),
                new C.YValues(new C.NumberReference(new C.Formula(series.ValuesRange), NumberCache(series.Values, spec.NumberFormat))),
                new C.Smooth { Val = false }));
        }
        plot.Append(new C.AxisId { Val = xAxis }, new C.AxisId { Val = yAxis });
        C.ValueAxis Axis(uint id, uint crossing, C.AxisPositionValues position, double? min, double? max, string format) =>
            new(new C.AxisId { Val = id }, Scaling(min, max), new C.Delete { Val = false }, new C.AxisPosition { Val = position },
                new C.MajorGridlines(new C.ChartShapeProperties(new A.Outline(new A.SolidFill(new A.RgbColorModelHex { Val = "D9D9D9" })))),
                new C.NumberingFormat { FormatCode = format, SourceLinked = false },
                new C.TickLabelPosition { Val = C.TickLabelPositionValues.Low },
                new C.CrossingAxis { Val = crossing }, new C.Crosses { Val = C.CrossesValues.AutoZero },
                new C.CrossBetween { Val = C.CrossBetweenValues.MidpointCategory });
        return Titled(spec, new C.PlotArea(new C.Layout(), plot,
            Axis(xAxis, yAxis, C.AxisPositionValues.Bottom, spec.XAxisMin, spec.XAxisMax, "0.0"),
            Axis(yAxis, xAxis, C.AxisPositionValues.Left, spec.AxisMin, spec.AxisMax, spec.NumberFormat)));
    }

    private static OpenXmlElement Series(ChartSpec spec, ChartSeries series, uint index)
    {
        var colour = Colours[(int)index % Colours.Length];
        var text = new C.SeriesText(new C.NumericValue(series.Name));
        var categories = new C.CategoryAxisData(new C.StringReference(new C.Formula(series.CategoriesRange), StringCache(series.Categories)));
        var values = new C.Values(new C.NumberReference(new C.Formula(series.ValuesRange), NumberCache(series.Values, spec.NumberFormat)));
        if (spec.Kind == ChartKind.Line)
        {
            var line = new C.LineChartSeries(new C.Index { Val = index }, new C.Order { Val = index }, text,
                new C.ChartShapeProperties(new A.Outline(new A.SolidFill(new A.RgbColorModelHex { Val = colour })) { Width = 28575 }),
                new C.Marker(new C.Symbol { Val = C.MarkerStyleValues.Circle }, new C.Size { Val = 6 }));
            if (ErrorBars(spec, series, colour, vertical: true) is { } lineBars) line.Append(lineBars);
            line.Append(categories, values, new C.Smooth { Val = false });
            return line;
        }
        var bar = new C.BarChartSeries(new C.Index { Val = index }, new C.Order { Val = index }, text,
            new C.ChartShapeProperties(new A.SolidFill(new A.RgbColorModelHex { Val = colour })),
            new C.InvertIfNegative { Val = false });
        if (ErrorBars(spec, series, "404040", vertical: false) is { } barBars) bar.Append(barBars);
        bar.Append(categories, values);
        return bar;
    }

    /// <summary>
    /// The 95% interval of each value as custom error bars (plus and minus the margin column), or null without margins.
    /// A bar chart takes its bars' direction from the chart; a line chart names it.
    /// </summary>
    private static C.ErrorBars? ErrorBars(ChartSpec spec, ChartSeries series, string colour, bool vertical)
    {
        if (series.MarginsRange is not { } range) return null;
        var bars = new C.ErrorBars();
        if (vertical) bars.Append(new C.ErrorDirection { Val = C.ErrorBarDirectionValues.Y });
        bars.Append(
            new C.ErrorBarType { Val = C.ErrorBarValues.Both },
            new C.ErrorBarValueType { Val = C.ErrorValues.Custom },
            new C.NoEndCap { Val = false },
            new C.Plus(new C.NumberReference(new C.Formula(range), NumberCache(series.Margins, "0.00"))),
            new C.Minus(new C.NumberReference(new C.Formula(range), NumberCache(series.Margins, "0.00"))),
            new C.ChartShapeProperties(new A.Outline(new A.SolidFill(new A.RgbColorModelHex { Val = colour })) { Width = 12700 }));
        return bars;
    }

    private static C.StringCache StringCache(IReadOnlyList<string> values)
    {
        var cache = new C.StringCache(new C.PointCount { Val = (uint)values.Count });
        for (var i = 0; i < values.Count; i++) cache.Append(new C.StringPoint(new C.NumericValue(values[i])) { Index = (uint)i });
        return cache;
    }

    private static C.NumberingCache NumberCache(IReadOnlyList<double?> values, string format)
    {
        var cache = new C.NumberingCache(new C.FormatCode(format), new C.PointCount { Val = (uint)values.Count });
        for (var i = 0; i < values.Count; i++)
            if (values[i] is { } v) cache.Append(new C.NumericPoint(new C.NumericValue(v.ToString("R", System.Globalization.CultureInfo.InvariantCulture))) { Index = (uint)i });
        return cache;
    }
}
