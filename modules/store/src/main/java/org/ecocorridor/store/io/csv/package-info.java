/**
 * RFC 4180 CSV tokenizing and writing, independent of features and geometry: {@link
 * org.ecocorridor.store.io.csv.CsvTokenizer} reads records with their line numbers, {@link
 * org.ecocorridor.store.io.csv.CsvWriter} quotes and writes them.
 */
package org.ecocorridor.store.io.csv;
