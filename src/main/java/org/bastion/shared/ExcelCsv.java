package org.bastion.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV that Excel opens right on a Chinese Windows desk: UTF-8 with a byte order mark (else Excel
 * reads the system's code page), CRLF line ends, and no cell that Excel would run as a formula.
 */
public final class ExcelCsv {

	private ExcelCsv() {
	}

	public static CSVPrinter open(OutputStream out) {
		try {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			writer.write('\uFEFF');
			return new CSVPrinter(writer, CSVFormat.EXCEL);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A value as a safe cell: text from someone else's hands never runs as a formula. */
	public static String cell(Object value) {
		return value == null ? "" : LedgerWorkbook.defuse(value.toString());
	}
}
