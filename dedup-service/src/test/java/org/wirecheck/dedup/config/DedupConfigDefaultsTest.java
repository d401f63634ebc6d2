package org.wirecheck.dedup.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;

import org.junit.jupiter.api.Test;
import org.wirecheck.dedup.engine.ReprintRules;

import io.smallrye.config.WithDefault;

/** The evaluations measure {@link ReprintRules#DEFAULT}; the service runs {@link DedupConfig}'s defaults: the same. */
class DedupConfigDefaultsTest {

    @Test
    void everyRuleHasAConfigDefaultEqualToTheEngineDefault() throws Exception {
        for (RecordComponent rule : ReprintRules.class.getRecordComponents()) {
            Method setting = DedupConfig.class.getMethod(rule.getName());
            WithDefault configured = setting.getAnnotation(WithDefault.class);
            assertNotNull(configured, rule.getName() + " has no @WithDefault");
            Object engine = rule.getAccessor().invoke(ReprintRules.DEFAULT);
            Object service = engine instanceof Integer
                    ? (Object) Integer.valueOf(configured.value())
                    : (Object) Double.valueOf(configured.value());
            assertEquals(engine, service, rule.getName());
        }
    }
}
