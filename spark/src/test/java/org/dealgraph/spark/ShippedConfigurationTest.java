package org.dealgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;

/** The driver's Hadoop settings as a task receives them. */
class ShippedConfigurationTest {

    @Test
    void aTaskGetsTheSettingsTheDriverHad() throws IOException, ClassNotFoundException {
        Configuration driver = new Configuration(false);
        driver.set("fs.s3a.endpoint", "http://objects.invalid:9000");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new ShippedConfiguration(driver));
        }
        driver.set("fs.s3a.endpoint", "changed after the task was sent");
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            ShippedConfiguration task = (ShippedConfiguration) in.readObject();
            assertEquals("http://objects.invalid:9000", task.get().get("fs.s3a.endpoint"));
        }
    }
}
