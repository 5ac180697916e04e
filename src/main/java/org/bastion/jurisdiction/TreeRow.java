package org.bastion.jurisdiction;

/** One row of a tree to import: where it stood in the file, and its four columns as text. */
public record TreeRow(int line, String code, String name, String parentCode, String level) {
}
