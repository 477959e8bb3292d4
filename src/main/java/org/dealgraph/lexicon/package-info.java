/**
 * Lexicon: the data files of words and phrases that the text stages (read, analyse, extract, resolve, and the
 * benchmark's corpus) read, with one reader for them all, the format documented here and the checks made
 * when a file is loaded.
 *
 * <p><b>Format.</b> A data file is a UTF-8 text resource on the classpath under
 * {@code org/dealgraph/<stage>/}, one entry a line. Columns are separated by tabs and stripped of
 * surrounding blanks; blank lines and lines starting with {@code #} are ignored, so each file documents
 * itself in its opening comment lines: what it is, its columns, how the stage uses it. A list inside a
 * column separates its items with a character the file names ("," or "|"). Each vocabulary is kept in one
 * file; where several uses take different entries of it, a column of the file says which use takes which.
 *
 * <p><b>Checks.</b> A loader declares the columns it reads ({@link org.dealgraph.lexicon.Column}): required
 * or optional, free text or a closed set of values (given as strings or as an enum class), a single value or
 * a list of them, unique across rows or not. {@link org.dealgraph.lexicon.DataFile#read} checks every row
 * against them and fails at the first problem with a {@link org.dealgraph.lexicon.DataFileException} whose
 * message names the resource, the 1-based line and the value: a row without its required columns, a row
 * with more columns than declared (a stray tab), an empty required column, a value outside its closed set
 * ({@code calendar.tsv line 7: unknown kind 'mnth' (expected one of: month, weekday)}), a repeated unique
 * value, naming the line that had it first. Checks that need more than one column or file (a number's
 * range, a parent that must be a known name) are made by the loader and reported the same way through
 * {@link org.dealgraph.lexicon.Row#error}. A missing file fails too. A file that fails is a packaging bug:
 * the stage that loads it does not start.
 *
 * <p>Stages read their files once, when they load, and keep sets and maps built from the rows; nothing is
 * read again per article.
 *
 * <p>In: a resource name and its columns. Out: the file's rows. No Jena here, and no other dealgraph package.
 */
package org.dealgraph.lexicon;
