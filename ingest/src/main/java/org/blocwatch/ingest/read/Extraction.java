package org.blocwatch.ingest.read;

/**
 * What Tika got out of one file: its text, its detected media type, and what the file's own
 * metadata says (each may be null).
 */
public record Extraction(String text, String mediaType, String title, String author, String publisher, String date) {}
