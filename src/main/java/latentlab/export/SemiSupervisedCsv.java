package latentlab.export;

import latentlab.latent.apps.SemiSupervisedTable;

/**
 * The semi-supervised table as CSV (RFC 4180): one row per classifier, that is per labelled count
 * and feature set, with its validation accuracy, how long L-BFGS ran, and the seed and validation
 * size every row shares, so that a file read on its own says what it measured.
 */
public final class SemiSupervisedCsv {
    static final String HEADER = "labelled,features,feature_count,accuracy,iterations,converged,seed,validation_images";

    private SemiSupervisedCsv() {
    }

    public static String toCsv(SemiSupervisedTable table) {
        StringBuilder s = new StringBuilder(HEADER).append(Csv.EOL);
        for (SemiSupervisedTable.Row r : table.rows()) {
            s.append(r.labelled()).append(',').append(Csv.field(r.features().label())).append(',')
                    .append(r.featureCount()).append(',').append(r.accuracy()).append(',').append(r.iterations())
                    .append(',').append(r.converged()).append(',').append(table.seed()).append(',')
                    .append(table.validationSize()).append(Csv.EOL);
        }
        return s.toString();
    }
}
