package org.bastion.pushedlists;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Hostile workbooks, made while the test runs so that none is kept in the repository. */
final class ZipBombs {

	private ZipBombs() {
	}

	/**
	 * An xlsx whose shared strings hold one string of {@code size} letters: deflate stores it in about a
	 * thousandth of that. The workbook parts around it are what a real xlsx has, so only the size gives it away.
	 */
	static byte[] sharedString(long size) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.setLevel(9);
			part(zip, "[Content_Types].xml", """
					<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
					<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
					<Default Extension="xml" ContentType="application/xml"/>\
					<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
					<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
					<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>\
					</Types>""");
			part(zip, "xl/workbook.xml", """
					<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
					xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\
					<sheet name="名单" sheetId="1" r:id="rId1"/></sheets></workbook>""");
			part(zip, "xl/_rels/workbook.xml.rels", """
					<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
					<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
					<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>\
					</Relationships>""");
			part(zip, "xl/worksheets/sheet1.xml", """
					<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
					<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>""");
			zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
			zip.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst count=\"1\" uniqueCount=\"1\"><si><t>"
				.getBytes(StandardCharsets.UTF_8));
			byte[] letters = new byte[1 << 20];
			Arrays.fill(letters, (byte) 'A');
			for (long written = 0; written < size; written += letters.length) {
				zip.write(letters, 0, (int) Math.min(letters.length, size - written));
			}
			zip.write("</t></si></sst>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static void part(ZipOutputStream zip, String name, String text) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(text.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}
}
