/**
 * Lexicon: the data files of words and phrases that the text stages (analyse, extract, resolve) read, with
 * one reader for them all and the format documented here.
 *
 * <p>A data file is a UTF-8 text resource on the classpath, one entry a line. Columns are separated by tabs
 * and stripped of surrounding blanks; blank lines and lines starting with {@code #} are ignored, so each file
 * documents itself in its opening comment lines. A file declares how many columns its rows need at least;
 * a missing file or a short row is a packaging bug and fails loudly, naming the file.
 *
 * <p>In: a resource name. Out: the file's rows. No Jena here, and no other dealgraph package.
 */
package org.dealgraph.lexicon;
