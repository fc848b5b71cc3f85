package org.attune.platform.faces;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lets pages read Java records the way they read beans: {@code #{attempt.score}} calls {@code attempt.score()}, and
 * {@code #{status.passed}} calls {@code status.passed()}. Jakarta EL 5 (Jakarta EE 10) only knows getters; EL 6 adds
 * this. Records are read-only, so setting a value is refused. Registered in {@code faces-config.xml}.
 */
public class RecordELResolver extends ELResolver {

    private static final Map<Class<?>, Map<String, Method>> ACCESSORS = new ConcurrentHashMap<>();

    private static Method accessor(Object base, Object property) {
        if (base == null || property == null || !base.getClass().isRecord()) {
            return null;
        }
        return ACCESSORS
                .computeIfAbsent(base.getClass(), RecordELResolver::accessors)
                .get(property.toString());
    }

    private static Map<String, Method> accessors(Class<?> type) {
        Map<String, Method> byName = new ConcurrentHashMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            Method method = component.getAccessor();
            method.setAccessible(true);
            byName.put(component.getName(), method);
        }
        return byName;
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        Method method = accessor(base, property);
        if (method == null) {
            return null;
        }
        try {
            Object value = method.invoke(base);
            context.setPropertyResolved(base, property);
            return value;
        } catch (ReflectiveOperationException e) {
            throw new ELException(
                    "Cannot read " + property + " of " + base.getClass().getSimpleName(), e);
        }
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        Method method = accessor(base, property);
        if (method == null) {
            return null;
        }
        context.setPropertyResolved(base, property);
        return null; // read-only, as the EL specification asks of properties that cannot be set
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (accessor(base, property) != null) {
            throw new PropertyNotWritableException(property + " of a record cannot be changed");
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (accessor(base, property) != null) {
            context.setPropertyResolved(base, property);
            return true;
        }
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base != null && base.getClass().isRecord() ? String.class : null;
    }
}
