package org.attune.platform.faces;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Installs {@link ViewExpiredExceptionHandler}; registered in {@code faces-config.xml}. */
public class ViewExpiredExceptionHandlerFactory extends ExceptionHandlerFactory {

    public ViewExpiredExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new ViewExpiredExceptionHandler(getWrapped().getExceptionHandler());
    }
}
