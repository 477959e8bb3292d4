package org.dealgraph.spark;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.io.Serializable;
import org.apache.hadoop.conf.Configuration;

/**
 * The driver's Hadoop configuration, sent with the tasks: the file systems' settings (credentials of an object
 * store, a name node's address) a task needs to open the files the driver listed. Written as Hadoop writes its
 * configuration, since {@link Configuration} is not serializable itself.
 */
final class ShippedConfiguration implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private transient Configuration configuration;

    ShippedConfiguration(Configuration configuration) {
        this.configuration = new Configuration(configuration);
    }

    /** The configuration, as the driver had it. */
    Configuration get() {
        return configuration;
    }

    @Serial
    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        configuration.write(out);
    }

    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        configuration = new Configuration(false);
        configuration.readFields(in);
    }
}
